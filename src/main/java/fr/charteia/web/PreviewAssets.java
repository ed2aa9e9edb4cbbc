package fr.charteia.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What a document preview loads besides itself: {@code preview.css} and the fonts the print
 * stylesheet names, the very files the PDF embeds (Liberation Sans from {@code openpdf-fonts-extra},
 * DejaVu Sans from {@code jasperreports-fonts}), so the browser does not fall back on other fonts
 * with other widths.
 */
final class PreviewAssets {

    static final String PATH = "/assets/preview/";

    private record Asset(String resource, String type) {
    }

    private static final Map<String, Asset> ASSETS = Map.of(
            "preview.css", new Asset("fr/charteia/web/preview/preview.css", "text/css; charset=utf-8"),
            "LiberationSans-Regular.ttf", new Asset("liberation/LiberationSans-Regular.ttf", "font/ttf"),
            "LiberationSans-Bold.ttf", new Asset("liberation/LiberationSans-Bold.ttf", "font/ttf"),
            "LiberationSans-Italic.ttf", new Asset("liberation/LiberationSans-Italic.ttf", "font/ttf"),
            "LiberationSans-BoldItalic.ttf", new Asset("liberation/LiberationSans-BoldItalic.ttf", "font/ttf"),
            "DejaVuSans.ttf", new Asset("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf", "font/ttf"),
            "DejaVuSans-Bold.ttf", new Asset("net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf", "font/ttf"));

    void register(RoutesConfig routes) {
        routes.get(PATH + "{name}", this::asset);
    }

    private void asset(Context ctx) {
        Asset asset = ASSETS.get(ctx.pathParam("name"));
        if (asset == null) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        try (InputStream in = PreviewAssets.class.getClassLoader().getResourceAsStream(asset.resource())) {
            if (in == null) {
                throw new IllegalStateException("preview asset missing from the jar: " + asset.resource());
            }
            ctx.header("Cache-Control", "max-age=86400");
            ctx.contentType(asset.type()).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
