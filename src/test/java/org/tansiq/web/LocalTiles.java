package org.tansiq.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A basemap answered by the test application itself, so the browser tests exercise tiles
 * without the internet: every tile is the same plain square. {@link #failing} makes every tile
 * fail, as when the tile server cannot be reached.
 */
@Path("/test-tiles")
public class LocalTiles {

    static final String TEMPLATE = "/test-tiles/{z}/{x}/{y}.png";
    static volatile boolean failing;
    private static final byte[] TILE = tile();

    @GET
    @Path("{z}/{x}/{y}.png")
    @Produces("image/png")
    public Response tile(@PathParam("z") int z, @PathParam("x") int x, @PathParam("y") int y) {
        // no-store: a tile drawn by one test must not come from the cache in the next.
        return (failing ? Response.status(Response.Status.SERVICE_UNAVAILABLE) : Response.ok(TILE))
                .header("Cache-Control", "no-store").build();
    }

    private static byte[] tile() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8, 0xEC, 0xE4));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
