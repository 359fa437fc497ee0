package dev.csmb.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** csmb as a web service: the REST API under {@code /api/v1} and the eight-step wizard at {@code /}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CsmbServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CsmbServerApplication.class, args);
    }
}
