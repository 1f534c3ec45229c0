ALTER TABLE "newsletter_send" ADD COLUMN "round" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "newsletter_send" ADD COLUMN "delivered" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "newsletter_send" ADD COLUMN "skipped" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "newsletter_send" ADD COLUMN "bounced" integer DEFAULT 0 NOT NULL;