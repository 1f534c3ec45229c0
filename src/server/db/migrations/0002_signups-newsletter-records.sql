CREATE TABLE "program_registration" (
	"slug" text PRIMARY KEY NOT NULL,
	"title" text,
	"category" text,
	"capacity" integer,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"event" jsonb,
	"closed" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_signup" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"program_slug" text NOT NULL,
	"token_hash" text NOT NULL,
	"idempotency_key_hash" text NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"answers" text NOT NULL,
	"consent_version" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"attended" boolean,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "program_signup_seq_unique" UNIQUE("seq"),
	CONSTRAINT "program_signup_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "program_signup_idempotency_key_hash_unique" UNIQUE("idempotency_key_hash"),
	CONSTRAINT "program_signup_status_check" CHECK (status in ('확정', '대기', '취소')),
	CONSTRAINT "program_signup_contact_check" CHECK (email is not null or phone is not null)
);
--> statement-breakpoint
CREATE TABLE "newsletter_send" (
	"issue_slug" text PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"unsubscribe_placeholder" text NOT NULL,
	"content_hash" text NOT NULL,
	"test_sent_at" timestamp with time zone,
	"test_sent_by" text,
	"started_at" timestamp with time zone,
	"started_by" text,
	"recipients" integer
);
--> statement-breakpoint
CREATE TABLE "newsletter_subscriber" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_hash" text NOT NULL,
	"email" text,
	"status" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"unsubscribe_token_hash" text,
	"consent_version" text NOT NULL,
	"consent_text_hash" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"bounced_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "newsletter_subscriber_email_hash_unique" UNIQUE("email_hash"),
	CONSTRAINT "newsletter_subscriber_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "newsletter_subscriber_unsubscribe_token_hash_unique" UNIQUE("unsubscribe_token_hash"),
	CONSTRAINT "newsletter_subscriber_status_check" CHECK (status in ('확인 대기', '구독', '해지'))
);
--> statement-breakpoint
CREATE TABLE "consultation_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consulted_on" date NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"company_size" text NOT NULL,
	"outcome" text NOT NULL,
	"counselling_request_id" uuid,
	"recorded_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "consultation_record_counselling_request_id_unique" UNIQUE("counselling_request_id"),
	CONSTRAINT "consultation_record_channel_check" CHECK (channel in ('전화', '방문', '찾아가는 상담', '온라인', '카카오톡')),
	CONSTRAINT "consultation_record_kind_check" CHECK (kind in ('모성보호', '노동권', '법률', '보육', '심리', '기타')),
	CONSTRAINT "consultation_record_company_size_check" CHECK (company_size in ('5인 미만', '5–29', '30–299', '300+', '모름')),
	CONSTRAINT "consultation_record_outcome_check" CHECK (outcome in ('진행 중', '상담 종결', '기관 연계', '사적조정', '권리구제'))
);
--> statement-breakpoint
CREATE TABLE "published_report" (
	"year" integer PRIMARY KEY NOT NULL,
	"figures" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text,
	CONSTRAINT "published_report_year_check" CHECK ("published_report"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "program_signup" ADD CONSTRAINT "program_signup_program_slug_program_registration_slug_fk" FOREIGN KEY ("program_slug") REFERENCES "public"."program_registration"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_send" ADD CONSTRAINT "newsletter_send_test_sent_by_auth_user_id_fk" FOREIGN KEY ("test_sent_by") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "newsletter_send" ADD CONSTRAINT "newsletter_send_started_by_auth_user_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."auth_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_record" ADD CONSTRAINT "consultation_record_counselling_request_id_counselling_request_id_fk" FOREIGN KEY ("counselling_request_id") REFERENCES "public"."counselling_request"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_record" ADD CONSTRAINT "consultation_record_recorded_by_auth_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_report" ADD CONSTRAINT "published_report_published_by_auth_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."auth_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_signup_program_idx" ON "program_signup" USING btree ("program_slug","status","seq");--> statement-breakpoint
CREATE INDEX "newsletter_subscriber_status_idx" ON "newsletter_subscriber" USING btree ("status");--> statement-breakpoint
CREATE INDEX "consultation_record_day_idx" ON "consultation_record" USING btree ("consulted_on");