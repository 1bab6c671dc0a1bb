import mysql from 'mysql2/promise';
import mongoose from 'mongoose';
import nodemailer from 'nodemailer';
import { S3Client } from '@aws-sdk/client-s3';
import { Sequelize } from 'sequelize';
import Stripe from 'stripe';

export const pool = mysql.createPool({
  host: 'db.internal',
  user: 'shop',
  // ruleid: javascript.secrets.hardcoded.client-credentials
  password: 'S3cr3t-Pr0d!',
  database: 'shop',
});

export async function connectMongo(): Promise<void> {
  // ruleid: javascript.secrets.hardcoded.client-credentials
  await mongoose.connect('mongodb+srv://app:hunter2hunter2@cluster0.example.mongodb.net/prod');
}

export const mailer = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
  // ruleid: javascript.secrets.hardcoded.client-credentials
  auth: { user: 'noreply@example.com', pass: 'mail-pass-2024' },
});

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    // ruleid: javascript.secrets.hardcoded.client-credentials
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  },
});

// ruleid: javascript.secrets.hardcoded.client-credentials
export const sequelize = new Sequelize('analytics', 'report', 'r3port-pw', { host: 'pg.internal', dialect: 'postgres' });

// ruleid: javascript.secrets.hardcoded.client-credentials
export const stripe = new Stripe('sk_live_51Habc123def456ghi789', { apiVersion: '2024-06-20' });

export const safePool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  // ok: javascript.secrets.hardcoded.client-credentials
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

export async function safeConnectMongo(): Promise<void> {
  // ok: javascript.secrets.hardcoded.client-credentials
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017/dev');
}

export const safeS3 = new S3Client({ region: 'eu-west-1' });

export const localPool = mysql.createPool({
  host: 'localhost',
  user: 'root',
  // ok: javascript.secrets.hardcoded.client-credentials
  password: '',
  database: 'test',
});

// ok: javascript.secrets.hardcoded.client-credentials
export const safeStripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-06-20' });
