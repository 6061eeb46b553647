package org.corpusdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring context without the web server or Vaadin, on an H2 database in memory. Each test class names its
 * own database with {@code @TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:NAME;DB_CLOSE_DELAY=-1")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
    "spring.datasource.username=sa", "spring.datasource.password="})
public @interface ServiceTest {
}
