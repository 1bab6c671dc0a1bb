package com.example.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

public class ConnectionFactory {

    private static final String DB_URL = "jdbc:postgresql://db.internal:5432/orders";
    private static final String DB_PASSWORD = "0rd3rs-Pr0d!";

    public Connection open() throws SQLException {
        // ruleid: java.secrets.hardcoded.jdbc-password
        return DriverManager.getConnection(DB_URL, "orders_app", "S3cr3tPassw0rd");
    }

    public Connection openWithConstant() throws SQLException {
        // ruleid: java.secrets.hardcoded.jdbc-password
        return DriverManager.getConnection(DB_URL, "orders_app", DB_PASSWORD);
    }

    public Connection openWithUrl() throws SQLException {
        // ruleid: java.secrets.hardcoded.jdbc-password
        return DriverManager.getConnection("jdbc:mysql://db.internal:3306/shop?user=shop&password=hunter2&useSSL=true");
    }

    public Connection openFromEnv() throws SQLException {
        // ok: java.secrets.hardcoded.jdbc-password
        return DriverManager.getConnection(DB_URL, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    public Connection openFromProperties(Properties config) throws SQLException {
        // ok: java.secrets.hardcoded.jdbc-password
        return DriverManager.getConnection(config.getProperty("db.url"), config);
    }

    public Connection openEmbedded() throws SQLException {
        // ok: java.secrets.hardcoded.jdbc-password
        return DriverManager.getConnection("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
