package org.tansiq.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.tansiq.events.EventExtractor;
import org.tansiq.events.EventPlace;
import org.tansiq.events.ExtractedEvent;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.GeoPrecision;
import org.tansiq.geocoding.ResolvedMention;

/**
 * Geoparsing as a service: the posted text's place names, resolved, and with {@code events=true}
 * the events extracted from them, without storing anything. Public, so it is rate-limited per client.
 */
@Path("/api/geoparse")
public class GeoparseResource {

    /** The most text one call takes. */
    public static final int MAX_BYTES = 1_000_000;
    static final int BYTES_PER_REQUEST = 100_000;

    private final Geoparser geoparser;
    private final RateLimiter rateLimiter;
    /** The same extractor ingestion uses, when the application has one. */
    private final Instance<EventExtractor> extractors;

    GeoparseResource(Geoparser geoparser, RateLimiter rateLimiter, Instance<EventExtractor> extractors) {
        this.geoparser = geoparser;
        this.rateLimiter = rateLimiter;
        this.extractors = extractors;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public GeoparseResult geoparse(byte[] body, HttpHeaders headers, io.vertx.core.http.HttpServerRequest request,
            @QueryParam(Api.PARAM_EVENTS) String events) {
        boolean withEvents = flag(Api.PARAM_EVENTS, events);
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
        List<ResolvedMention> mentions = geoparser.parse(text);
        List<EventJson> extracted = null;
        if (withEvents) {
            if (!extractors.isResolvable()) {
                throw new ProblemException(Api.TYPE_HTTP, "Service Unavailable", 503,
                        "This build has no event extractor; geoparse without events=true.", null);
            }
            // No metadata comes with a posted text: the extractor reads the publication date from it.
            // No metadata with a posted text: the extractor reads the publication date from it.
            extracted = extractors.get().extract(text, mentions, null).stream().map(GeoparseResource::view)
                    .toList();
        }
        return new GeoparseResult(mentions.stream().map(GeoparseResource::view).toList(), extracted);
    }

    /** {@code true} or {@code false}; absent is false. */
    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.badRequest(name + " must be true or false.");
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
        List<Alternative> alternatives = m.alternatives().stream().map(a -> new Alternative(a.id(), displayName(a),
                a.nameEn(), geonamesId(a), a.featureCode(), a.lat(), a.lon())).toList();
        if (m.approximate()) {
            // A name no gazetteer lists: no place of its own, the unit it lies in instead.
            return new MentionJson(m.start(), m.end(), m.surface(), m.surface(), null, null, null, null, p.lat(),
                    p.lon(), m.confidence(), m.precision().code(), alternatives, true, p.id(), displayName(p),
                    p.nameEn());
        }
        return new MentionJson(m.start(), m.end(), m.surface(), displayName(p), p.nameEn(), p.id(), geonamesId(p),
                p.featureCode(), p.lat(), p.lon(), m.confidence(), m.precision().code(), alternatives, false, null,
                null, null);
    }

    private static EventJson view(ExtractedEvent e) {
        return new EventJson(e.kind().json(), e.status() == null ? null : e.status().json(), e.date(),
                e.timePrecision() == null ? null : e.timePrecision().json(),
                e.places().stream().map(GeoparseResource::view).toList(), e.actors(), e.quote(), e.start(), e.end());
    }

    private static EventPlaceJson view(EventPlace p) {
        return new EventPlaceJson(p.placeId(), p.name(), p.nameEn(), p.lat(), p.lon(), p.mentionStart(),
                p.mentionEnd());
    }

    private static String displayName(PlaceCandidate p) {
        return p.nameAr() != null ? p.nameAr() : p.name();
    }

    private static Long geonamesId(PlaceCandidate p) {
        return "geonames".equals(p.source()) ? Long.valueOf(p.sourceId()) : null;
    }

    /** The response body; {@code events} only when asked for. */
    public record GeoparseResult(List<MentionJson> mentions,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<EventJson> events) {
    }

    /** One extracted event; {@code status} for coordination centres only; offsets into the posted text. */
    public record EventJson(String kind, String status, LocalDate date, String timePrecision,
            List<EventPlaceJson> places, List<String> actors, String quote, int start, int end) {
    }

    /** A place an event concerns, with the offsets of its mention. */
    public record EventPlaceJson(long placeId, String name, String nameEn, double lat, double lon, int mentionStart,
            int mentionEnd) {
    }

    /**
     * One mention: {@code start}/{@code end} are Java string offsets into the posted text, end
     * exclusive. An {@code approximate} mention names a place no gazetteer lists: {@code placeId}
     * is null, and {@code unitId}, {@code unitName} and the point are the unit it lies in.
     */
    public record MentionJson(int start, int end, String surface, String name, String nameEn, Long placeId,
            Long geonamesId, String featureType, double lat, double lon, double confidence, int precision,
            List<Alternative> alternatives, boolean approximate,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long unitId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String unitName,
            @JsonInclude(JsonInclude.Include.NON_NULL) String unitNameEn) {
    }

    /** A runner-up candidate. */
    public record Alternative(long placeId, String name, String nameEn, Long geonamesId, String featureType,
            double lat, double lon) {
    }
}
