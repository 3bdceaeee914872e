package org.hutong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context integration tests share (so it starts once per run): the whole app on
 * a random port with the demo enterprises, on H2 or, when {@code HUTONG_TEST_POSTGRES_URL} is set
 * for the PostgreSQL pass, on PostgreSQL. Sessions are stored in the database as in production;
 * {@link MockMvcSessions} lets MockMvc tests carry them in a {@code MockHttpSession}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MockMvcSessions.class)
public @interface HutongTest {
}
