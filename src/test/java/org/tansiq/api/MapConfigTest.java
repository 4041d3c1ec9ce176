package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;
import org.tansiq.config.TansiqConfig;

@QuarkusTest
class MapConfigTest {

    @Test
    void theTestProfileRunsWithoutABasemap() {
        given().get("/api/map/config").then().statusCode(200)
                .body("tileUrl", equalTo(""))
                .body("center", hasSize(2))
                .body("attribution", org.hamcrest.Matchers.containsString("GeoNames"))
                .body("attribution", org.hamcrest.Matchers.containsString("world-countries"));
    }

    @Test
    void theDefaultTileUrlIsAWellFormedTemplate() throws NoSuchMethodException {
        String template = TansiqConfig.Map.class.getMethod("tileUrl").getAnnotation(WithDefault.class).value();
        assertTrue(template.startsWith("https://") && template.contains("{z}/{x}/{y}"), template);
    }
}
