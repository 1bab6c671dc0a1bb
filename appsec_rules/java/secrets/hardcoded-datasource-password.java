package com.example.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@Configuration
public class DataSourceConfig {

    @Value("${spring.datasource.password}")
    private String configuredPassword;

    @Bean
    public DataSource primary() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://db.internal:5432/app");
        config.setUsername("app");
        // ruleid: java.secrets.hardcoded.datasource-password
        config.setPassword("app-prod-2024!");
        return new HikariDataSource(config);
    }

    @Bean
    public DataSource reporting() {
        // ruleid: java.secrets.hardcoded.datasource-password
        return DataSourceBuilder.create().url("jdbc:mysql://reports:3306/r").username("reporter").password("r3p0rts").build();
    }

    @Bean
    public DataSource legacy() {
        // ruleid: java.secrets.hardcoded.datasource-password
        return new DriverManagerDataSource("jdbc:oracle:thin:@legacy:1521:XE", "scott", "tiger");
    }

    public Properties jpaProperties() {
        Properties props = new Properties();
        props.setProperty("hibernate.connection.username", "app");
        // ruleid: java.secrets.hardcoded.datasource-password
        props.setProperty("hibernate.connection.password", "changeit");
        return props;
    }

    @Bean
    public DataSource primaryFromConfig() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://db.internal:5432/app");
        config.setUsername("app");
        // ok: java.secrets.hardcoded.datasource-password
        config.setPassword(configuredPassword);
        return new HikariDataSource(config);
    }

    @Bean
    public DataSource reportingFromEnv() {
        // ok: java.secrets.hardcoded.datasource-password
        return DataSourceBuilder.create().url("jdbc:mysql://reports:3306/r").username("reporter").password(System.getenv("REPORTS_DB_PASSWORD")).build();
    }

    public Properties jpaPropertiesFromEnv() {
        Properties props = new Properties();
        // ok: java.secrets.hardcoded.datasource-password
        props.setProperty("hibernate.connection.password", System.getenv("DB_PASSWORD"));
        // ok: java.secrets.hardcoded.datasource-password
        props.setProperty("hibernate.connection.pool_size", "10");
        return props;
    }
}
