package fr.charteia.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** JSON answers of the HTTP API, errors included: {@code {"error": "message en français"}}. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Api() {
    }

    /** Sends {@code value} as JSON with {@code status}. */
    public static void json(Context ctx, HttpStatus status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of ours always serialises", e);
        }
    }

    /** Sends {@code {"error": message}} with {@code status}. */
    public static void error(Context ctx, HttpStatus status, String message) {
        json(ctx, status, Map.of("error", message));
    }
}
