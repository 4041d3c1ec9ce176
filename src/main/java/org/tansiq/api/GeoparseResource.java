package org.tansiq.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.GeoPrecision;
import org.tansiq.geocoding.ResolvedMention;

/**
 * Geoparsing as a service: the posted text's place names, resolved, without storing anything.
 * Public, so it is rate-limited per client.
 */
@Path("/api/geoparse")
public class GeoparseResource {

    /** The most text one call takes. */
    public static final int MAX_BYTES = 1_000_000;
    static final int BYTES_PER_REQUEST = 100_000;

    private final Geoparser geoparser;
    private final RateLimiter rateLimiter;

    GeoparseResource(Geoparser geoparser, RateLimiter rateLimiter) {
        this.geoparser = geoparser;
        this.rateLimiter = rateLimiter;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public GeoparseResult geoparse(byte[] body, HttpHeaders headers, io.vertx.core.http.HttpServerRequest request) {
        // Geoparsing costs time in proportion to the text: each started 100 kB counts as a request.
        rateLimiter.acquire(request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress(),
                1 + (body == null ? 0 : body.length / BYTES_PER_REQUEST));
        MediaType type = headers.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(Api.TYPE_HTTP, "Unsupported Media Type", 415,
                    "Send text/plain in UTF-8 (charset=" + charset + " is not accepted).", null);
        }
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The body is empty: post the article text as text/plain; charset=utf-8.");
        }
        if (body.length > MAX_BYTES) {
            throw new ProblemException(Api.TYPE_TOO_LARGE, "Payload too large", 413,
                    "The text is " + body.length + " bytes; the limit is " + MAX_BYTES + " bytes.", null);
        }
        String text = decodeUtf8(body);
        if (text.isBlank()) {
            throw ProblemException.badRequest("The body holds only white space.");
        }
        return new GeoparseResult(geoparser.parse(text).stream().map(GeoparseResource::view).toList());
    }

    static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not valid UTF-8.");
        }
    }

    private static MentionJson view(ResolvedMention m) {
        PlaceCandidate p = m.place();
        return new MentionJson(m.start(), m.end(), m.surface(), displayName(p), p.nameEn(), p.id(), geonamesId(p),
                p.featureCode(), p.lat(), p.lon(), m.confidence(), GeoPrecision.of(p).code(),
                m.alternatives().stream().map(a -> new Alternative(a.id(), displayName(a), a.nameEn(), geonamesId(a),
                        a.featureCode(), a.lat(), a.lon())).toList());
    }

    private static String displayName(PlaceCandidate p) {
        return p.nameAr() != null ? p.nameAr() : p.name();
    }

    private static Long geonamesId(PlaceCandidate p) {
        return "geonames".equals(p.source()) ? Long.valueOf(p.sourceId()) : null;
    }

    /** The response body. */
    public record GeoparseResult(List<MentionJson> mentions) {
    }

    /** One mention: {@code start}/{@code end} are Java string offsets into the posted text, end exclusive. */
    public record MentionJson(int start, int end, String surface, String name, String nameEn, long placeId,
            Long geonamesId, String featureType, double lat, double lon, double confidence, int precision,
            List<Alternative> alternatives) {
    }

    /** A runner-up candidate. */
    public record Alternative(long placeId, String name, String nameEn, Long geonamesId, String featureType,
            double lat, double lon) {
    }
}
