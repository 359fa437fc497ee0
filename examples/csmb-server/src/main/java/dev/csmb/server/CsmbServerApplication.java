package dev.csmb.server;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** csmb as a web service: the REST API under {@code /api/v1} and the eight-step wizard at {@code /}. */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "csmb", version = "v1", description = "Generate runnable Node.js chat-bot "
        + "projects with session management; provision their Notion or Airtable session table."))
@ConfigurationPropertiesScan
public class CsmbServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CsmbServerApplication.class, args);
    }
}
