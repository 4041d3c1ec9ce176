package org.tansiq.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jboss.logging.Logger;
import org.tansiq.config.TansiqConfig;

/**
 * The write token. Unset, a random one is made at start and logged, so a fresh install is never
 * writable with a well-known default.
 */
@ApplicationScoped
public class ApiToken {

    private static final Logger LOG = Logger.getLogger(ApiToken.class);

    private final byte[] token;

    ApiToken(TansiqConfig config) {
        String configured = config.api().token().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (configured == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            configured = HexFormat.of().formatHex(random);
            LOG.warnf("TANSIQ_API_TOKEN is not set; write endpoints accept this generated token until restart: %s",
                    configured);
        }
        this.token = configured.getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so timing tells nothing about the token. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
