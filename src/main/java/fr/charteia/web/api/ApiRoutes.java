package fr.charteia.web.api;

import fr.charteia.Toolkit;
import io.javalin.config.RoutesConfig;

/** The HTTP API: stateless, it writes nothing. */
public final class ApiRoutes {

    private final Toolkit toolkit;

    public ApiRoutes(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    public void register(RoutesConfig routes) {
        // POST /api/validate and /api/documents: see issue 10
    }
}
