package org.defencetracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against real PostgreSQL with the migrations applied: a throw-away embedded cluster by default, or the
 * server that {@code SPRING_DATASOURCE_URL} names. Every test class uses exactly this, so all of them share one
 * cached application context.
 *
 * <p>Tests do not roll back and must not assume an empty database: on a shared server data accumulates across
 * classes and runs. They create their own uniquely named records ({@link TestRecords}) and assert on those,
 * never on global counts. The demo case is switched on explicitly, because one test reads it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "defence-tracker.demo-data=true")
@ActiveProfiles("test")
@Import(TestRecords.class)
public @interface PostgresTest {}
