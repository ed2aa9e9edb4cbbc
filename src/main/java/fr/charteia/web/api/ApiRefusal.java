package fr.charteia.web.api;

import io.javalin.http.HttpStatus;

/** A request the API refuses, with the status and the French message it answers. */
final class ApiRefusal extends Exception {

    private final HttpStatus status;

    ApiRefusal(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
