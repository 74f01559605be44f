# The service image docker-compose.yml builds. It talks to an external cluster (NEWS_ES_URL);
# the embedded engine is for machines without one.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY index-mappings index-mappings
COPY src src
RUN ./mvnw -q package -DskipTests

FROM eclipse-temurin:17-jre
# Debian's English-Russian dictionary: cross-lingual search reads it for words beyond its glossary.
RUN apt-get update && apt-get install -y --no-install-recommends mueller7-dict && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /var/lib/news-search --create-home news-search
USER news-search
COPY --from=build /src/target/news-search.jar /opt/news-search/news-search.jar
COPY samples /opt/news-search/samples
ENV NEWS_SAMPLES_DIR=/opt/news-search/samples
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/news-search/news-search.jar"]
CMD ["serve"]
