package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

const reportingDSN = "reporter:R3p0rt!ng2023@tcp(reporting-db:3306)/reports?parseTime=true"

// Vulnerable: MySQL DSN with an inline password.
func openOrders() (*sql.DB, error) {
	// ruleid: go.secrets.hardcoded.db-dsn-password
	return sql.Open("mysql", "orders:Sup3rS3cret@tcp(10.0.3.12:3306)/orders")
}

// Vulnerable: PostgreSQL key/value DSN via gorm.
func openGorm() (*gorm.DB, error) {
	// ruleid: go.secrets.hardcoded.db-dsn-password
	return gorm.Open(postgres.Open("host=db.internal user=app password=hunter22 dbname=app sslmode=require"), &gorm.Config{})
}

// Vulnerable: URL-style DSN in a package-level constant, used with sqlx.
func openReporting() (*sqlx.DB, error) {
	// ruleid: go.secrets.hardcoded.db-dsn-password
	return sqlx.Connect("mysql", reportingDSN)
}

// Vulnerable: pgx pool with credentials in the URL.
func openPool(ctx context.Context) (*pgxpool.Pool, error) {
	// ruleid: go.secrets.hardcoded.db-dsn-password
	return pgxpool.New(ctx, "postgres://billing:b1ll1ngPw@billing-db:5432/billing")
}

// Vulnerable: mysql.Config literal with a password.
func mysqlConfig() string {
	// ruleid: go.secrets.hardcoded.db-dsn-password
	cfg := mysql.Config{User: "app", Passwd: "changeit-prod", Net: "tcp", Addr: "db:3306", DBName: "app"}
	return cfg.FormatDSN()
}

// Safe: DSN from the environment.
func openFromEnv() (*sql.DB, error) {
	// ok: go.secrets.hardcoded.db-dsn-password
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

// Safe: password injected at runtime.
func openFormatted() (*sql.DB, error) {
	dsn := fmt.Sprintf("app:%s@tcp(db:3306)/app", os.Getenv("DB_PASSWORD"))
	// ok: go.secrets.hardcoded.db-dsn-password
	return sql.Open("mysql", dsn)
}

// Safe: no password in the DSN (peer / IAM auth).
func openLocal() (*sql.DB, error) {
	// ok: go.secrets.hardcoded.db-dsn-password
	return sql.Open("postgres", "host=/var/run/postgresql user=app dbname=app sslmode=disable")
}

// Safe: mysql.Config with the password from the environment.
func mysqlConfigEnv() string {
	// ok: go.secrets.hardcoded.db-dsn-password
	cfg := mysql.Config{User: "app", Passwd: os.Getenv("DB_PASSWORD"), Net: "tcp", Addr: "db:3306", DBName: "app"}
	return cfg.FormatDSN()
}

func main() {
	_, _ = openOrders()
	_, _ = openGorm()
	_, _ = openReporting()
	_, _ = openPool(context.Background())
	_ = mysqlConfig()
	_, _ = openFromEnv()
	_, _ = openFormatted()
	_, _ = openLocal()
	_ = mysqlConfigEnv()
}
