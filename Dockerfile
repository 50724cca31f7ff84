# syntax=docker/dockerfile:1

# ---- Build: the Maven wrapper on a full JDK --------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/

# The Maven repository (and the Maven the wrapper downloads) stays in a build cache between image builds.
# Tests are not run here: CI runs them, and the embedded PostgreSQL they use by default cannot start as root
# inside an image build. The formatting check is CI's job too.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B --no-transfer-progress -DskipTests -Dspotless.check.skip=true package \
    && cp target/defence-tracker-*.jar application.jar

# Split the jar into layers so a code change does not re-send the ~180 MB of dependencies.
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# ---- Run: a JRE, as a non-root user ----------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# curl for the health check below; not every Temurin image ships it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --gid 10001 app \
    && useradd --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app

WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# Only used when no SPRING_DATASOURCE_URL is given: the embedded PostgreSQL keeps its files here, and as a
# normal user it needs no user namespace.
RUN mkdir data && chown app:app data

USER 10001:10001
EXPOSE 8080

HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT:-8080}/actuator/health" >/dev/null || exit 1

# Two pools of memory for the C library instead of up to eight per core (see Memory in docs/operations.md).
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "application.jar"]
