ALTER TABLE "consultation_record" ADD COLUMN "memo" text;--> statement-breakpoint
ALTER TABLE "consultation_record" ADD COLUMN "idempotency_key_hash" text;--> statement-breakpoint
ALTER TABLE "consultation_record" ADD CONSTRAINT "consultation_record_idempotency_key_hash_unique" UNIQUE("idempotency_key_hash");