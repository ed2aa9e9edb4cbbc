package fr.charteia.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * What the layout engine may load while rendering: the logo, and nothing else. The fonts come
 * through suppliers and the stylesheet is inlined, so neither is ever asked for; any other address
 * (a web address, a file path, a {@code jar:} or {@code javascript:} one, a stylesheet or image the
 * engine might find) is refused at every door the engine has: the access check before and after
 * resolving, the resolver itself, and the stream factories of every protocol. Each refusal is
 * noted, so a test can show that nothing was fetched. One guard per rendering.
 */
final class ResourceGuard implements BiPredicate<String, ExternalResourceType>, FSUriResolver, FSStreamFactory {

    /** Protocols whose stream factory is replaced by the guard; others never pass the access check. */
    static final String[] PROTOCOLS = {"data", "file", "jar", "http", "https", "ftp", "classpath", "javascript", "mailto"};

    private final Optional<String> logoUri;
    private final byte[] logo;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

    ResourceGuard(Optional<String> logoUri, byte[] logo) {
        this.logoUri = logoUri;
        this.logo = logo.clone();
    }

    /** The access check: only the logo, as an image. */
    @Override
    public boolean test(String uri, ExternalResourceType type) {
        requests.add(type + " " + shorten(uri));
        boolean allowed = type == ExternalResourceType.IMAGE_RASTER && isLogo(uri);
        if (!allowed) {
            refusals.add(type + " " + shorten(uri));
        }
        return allowed;
    }

    /** Resolves the logo to itself; any other address to nothing, so it cannot be opened. */
    @Override
    public String resolveURI(String baseUri, String uri) {
        if (isLogo(uri)) {
            return uri;
        }
        refusals.add("resolve " + shorten(uri));
        return null;
    }

    /** Serves the logo's bytes; any other stream is empty. */
    @Override
    public FSStream getUrl(String uri) {
        if (isLogo(uri)) {
            return new BytesStream(logo);
        }
        refusals.add("open " + shorten(uri));
        return new BytesStream(null);
    }

    /** What the engine asked for, allowed or not. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** What was refused. */
    List<String> refusals() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    private boolean isLogo(String uri) {
        return uri != null && logoUri.isPresent() && logoUri.get().equals(uri);
    }

    private static String shorten(String uri) {
        if (uri == null) {
            return "(none)";
        }
        return uri.length() <= 120 ? uri : uri.substring(0, 120) + "…";
    }

    private static final class BytesStream implements FSStream {

        private final byte[] bytes;

        BytesStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public InputStream getStream() {
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        public Reader getReader() {
            return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        }
    }
}
