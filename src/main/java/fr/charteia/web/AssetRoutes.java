package fr.charteia.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The pages' stylesheet, script and fonts, served from the jar: nothing is fetched from elsewhere. */
final class AssetRoutes {

    /** Every asset by name, with its content type; any other name is a 404. */
    private static final Map<String, String> ASSETS = Map.of(
            "charte-ia.css", "text/css; charset=utf-8",
            "charte-ia.js", "text/javascript; charset=utf-8");

    void register(RoutesConfig routes) {
        routes.get("/assets/{name}", this::asset);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        try (InputStream in = AssetRoutes.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the jar: " + name);
            }
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
