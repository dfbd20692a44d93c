CREATE TABLE `accounts` (
	`user_id` varchar(22) NOT NULL,
	`type` varchar(32) NOT NULL,
	`provider` varchar(64) NOT NULL,
	`provider_account_id` varchar(191) NOT NULL,
	`refresh_token` text,
	`access_token` text,
	`expires_at` int,
	`token_type` varchar(64),
	`scope` varchar(255),
	`id_token` text,
	`session_state` varchar(255),
	CONSTRAINT `accounts_provider_provider_account_id_pk` PRIMARY KEY(`provider`,`provider_account_id`)
);
--> statement-breakpoint
CREATE TABLE `categories` (
	`id` varchar(22) NOT NULL,
	`slug` varchar(64) NOT NULL,
	`name_en` varchar(80) NOT NULL,
	`name_zh` varchar(80) NOT NULL,
	`description_en` varchar(255),
	`description_zh` varchar(255),
	`position` smallint NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `categories_id` PRIMARY KEY(`id`),
	CONSTRAINT `categories_slug_uq` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `course_search_terms` (
	`term` varchar(64) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`weight` smallint NOT NULL,
	CONSTRAINT `course_search_terms_term_course_id_pk` PRIMARY KEY(`term`,`course_id`)
);
--> statement-breakpoint
CREATE TABLE `course_sections` (
	`id` varchar(22) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`title` varchar(120) NOT NULL,
	`position` smallint NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `course_sections_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `course_tags` (
	`course_id` varchar(22) NOT NULL,
	`tag_id` varchar(22) NOT NULL,
	CONSTRAINT `course_tags_course_id_tag_id_pk` PRIMARY KEY(`course_id`,`tag_id`)
);
--> statement-breakpoint
CREATE TABLE `courses` (
	`id` varchar(22) NOT NULL,
	`slug` varchar(120) NOT NULL,
	`creator_id` varchar(22) NOT NULL,
	`category_id` varchar(22) NOT NULL,
	`title` varchar(120) NOT NULL,
	`subtitle` varchar(200) NOT NULL DEFAULT '',
	`description` text NOT NULL,
	`outcomes` text,
	`language` enum('en','zh') NOT NULL,
	`level` enum('beginner','intermediate','advanced','all') NOT NULL DEFAULT 'all',
	`price_minor` int unsigned NOT NULL,
	`currency` char(3) NOT NULL,
	`cover_url` varchar(512),
	`status` enum('draft','in_review','published','rejected','archived') NOT NULL DEFAULT 'draft',
	`moderation_note` varchar(1000),
	`is_featured` boolean NOT NULL DEFAULT false,
	`rating_sum` int unsigned NOT NULL DEFAULT 0,
	`rating_count` int unsigned NOT NULL DEFAULT 0,
	`enrollment_count` int unsigned NOT NULL DEFAULT 0,
	`duration_sec` int unsigned NOT NULL DEFAULT 0,
	`submitted_at` datetime(3),
	`published_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `courses_id` PRIMARY KEY(`id`),
	CONSTRAINT `courses_slug_uq` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `lessons` (
	`id` varchar(22) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`section_id` varchar(22) NOT NULL,
	`title` varchar(120) NOT NULL,
	`kind` enum('video','audio','article','pdf') NOT NULL,
	`position` smallint NOT NULL,
	`is_preview` boolean NOT NULL DEFAULT false,
	`body` text,
	`media_id` varchar(22),
	`duration_sec` int unsigned NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `lessons_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `media_assets` (
	`id` varchar(22) NOT NULL,
	`owner_id` varchar(22) NOT NULL,
	`kind` enum('video','audio','pdf','image') NOT NULL,
	`storage_key` varchar(255) NOT NULL,
	`mime_type` varchar(100) NOT NULL,
	`size_bytes` bigint unsigned NOT NULL,
	`original_name` varchar(255) NOT NULL,
	`status` enum('pending','ready','rejected') NOT NULL DEFAULT 'pending',
	`duration_sec` int,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `media_assets_id` PRIMARY KEY(`id`),
	CONSTRAINT `media_storage_key_uq` UNIQUE(`storage_key`)
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` varchar(22) NOT NULL,
	`slug` varchar(64) NOT NULL,
	`name` varchar(64) NOT NULL,
	CONSTRAINT `tags_id` PRIMARY KEY(`id`),
	CONSTRAINT `tags_slug_uq` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `coupon_redemptions` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`coupon_id` varchar(22) NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`order_id` varchar(22) NOT NULL,
	`status` enum('reserved','redeemed','released') NOT NULL DEFAULT 'reserved',
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `coupon_redemptions_id` PRIMARY KEY(`id`),
	CONSTRAINT `coupon_redemptions_order_uq` UNIQUE(`order_id`)
);
--> statement-breakpoint
CREATE TABLE `coupons` (
	`id` varchar(22) NOT NULL,
	`code` varchar(40) NOT NULL,
	`creator_id` varchar(22) NOT NULL,
	`course_id` varchar(22),
	`percent_off` smallint unsigned,
	`amount_off_minor` int unsigned,
	`currency` char(3),
	`max_redemptions` int unsigned,
	`per_user_limit` smallint unsigned NOT NULL DEFAULT 1,
	`redeemed` int unsigned NOT NULL DEFAULT 0,
	`reserved` int unsigned NOT NULL DEFAULT 0,
	`valid_from` datetime(3),
	`valid_until` datetime(3),
	`active` boolean NOT NULL DEFAULT true,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `coupons_id` PRIMARY KEY(`id`),
	CONSTRAINT `coupons_code_uq` UNIQUE(`code`)
);
--> statement-breakpoint
CREATE TABLE `earnings_ledger` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`creator_id` varchar(22) NOT NULL,
	`order_id` varchar(22),
	`kind` enum('sale','platform_fee','refund','refund_fee','payout') NOT NULL,
	`amount_minor` bigint NOT NULL,
	`currency` char(3) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `earnings_ledger_id` PRIMARY KEY(`id`),
	CONSTRAINT `ledger_order_kind_uq` UNIQUE(`order_id`,`kind`)
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` varchar(22) NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`creator_id` varchar(22) NOT NULL,
	`list_price_minor` int unsigned NOT NULL,
	`discount_minor` int unsigned NOT NULL DEFAULT 0,
	`amount_minor` int unsigned NOT NULL,
	`currency` char(3) NOT NULL,
	`coupon_id` varchar(22),
	`status` enum('pending','awaiting_payment','paid','failed','expired','refunded','disputed') NOT NULL DEFAULT 'pending',
	`checkout_session_id` varchar(255),
	`payment_intent_id` varchar(255),
	`payment_method` varchar(32),
	`stripe_updated_at` bigint,
	`paid_at` datetime(3),
	`refunded_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `orders_id` PRIMARY KEY(`id`),
	CONSTRAINT `orders_checkout_session_uq` UNIQUE(`checkout_session_id`)
);
--> statement-breakpoint
CREATE TABLE `payment_events` (
	`id` varchar(255) NOT NULL,
	`type` varchar(80) NOT NULL,
	`order_id` varchar(22),
	`stripe_created` bigint NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `payment_events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `refunds` (
	`id` varchar(22) NOT NULL,
	`order_id` varchar(22) NOT NULL,
	`amount_minor` int unsigned NOT NULL,
	`currency` char(3) NOT NULL,
	`status` enum('requested','approved','rejected','succeeded','failed') NOT NULL DEFAULT 'requested',
	`reason` varchar(1000) NOT NULL,
	`stripe_refund_id` varchar(255),
	`requested_by` varchar(22) NOT NULL,
	`decided_by` varchar(22),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `refunds_id` PRIMARY KEY(`id`),
	CONSTRAINT `refunds_order_uq` UNIQUE(`order_id`),
	CONSTRAINT `refunds_stripe_uq` UNIQUE(`stripe_refund_id`)
);
--> statement-breakpoint
CREATE TABLE `behaviour_events` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`user_id` varchar(22),
	`anon_id` varchar(36),
	`type` enum('view','preview','wishlist','checkout_start','enroll','lesson_complete','course_complete','rate','search') NOT NULL,
	`course_id` varchar(22),
	`lesson_id` varchar(22),
	`value` int,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `behaviour_events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `enrollments` (
	`id` varchar(22) NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`status` enum('active','suspended','revoked') NOT NULL DEFAULT 'active',
	`source` enum('purchase','free','grant','creator') NOT NULL,
	`order_id` varchar(22),
	`last_lesson_id` varchar(22),
	`progress_percent` tinyint unsigned NOT NULL DEFAULT 0,
	`completed_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `enrollments_id` PRIMARY KEY(`id`),
	CONSTRAINT `enrollments_user_course_uq` UNIQUE(`user_id`,`course_id`)
);
--> statement-breakpoint
CREATE TABLE `lesson_comments` (
	`id` varchar(22) NOT NULL,
	`lesson_id` varchar(22) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`parent_id` varchar(22),
	`body` varchar(5000) NOT NULL,
	`status` enum('visible','hidden','removed') NOT NULL DEFAULT 'visible',
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `lesson_comments_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `lesson_progress` (
	`user_id` varchar(22) NOT NULL,
	`lesson_id` varchar(22) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`position_sec` int unsigned NOT NULL DEFAULT 0,
	`completed_at` datetime(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `lesson_progress_user_id_lesson_id_pk` PRIMARY KEY(`user_id`,`lesson_id`)
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` varchar(22) NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`rating` tinyint unsigned NOT NULL,
	`body` text,
	`status` enum('visible','hidden','removed') NOT NULL DEFAULT 'visible',
	`verified_purchase` boolean NOT NULL DEFAULT true,
	`creator_reply` text,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `reviews_id` PRIMARY KEY(`id`),
	CONSTRAINT `reviews_user_course_uq` UNIQUE(`user_id`,`course_id`)
);
--> statement-breakpoint
CREATE TABLE `wishlist_items` (
	`user_id` varchar(22) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `wishlist_items_user_id_course_id_pk` PRIMARY KEY(`user_id`,`course_id`)
);
--> statement-breakpoint
CREATE TABLE `ml_models` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`kind` enum('recs','category_knn','conversion','interest') NOT NULL,
	`version` int unsigned NOT NULL,
	`status` enum('building','ready','failed') NOT NULL DEFAULT 'building',
	`params` json NOT NULL,
	`metrics` json,
	`payload` json,
	`dim` smallint unsigned,
	`item_count` int unsigned,
	`user_count` int unsigned,
	`error` varchar(1000),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`completed_at` datetime(3),
	CONSTRAINT `ml_models_id` PRIMARY KEY(`id`),
	CONSTRAINT `ml_models_kind_version_uq` UNIQUE(`kind`,`version`)
);
--> statement-breakpoint
CREATE TABLE `rec_item_vectors` (
	`model_id` int unsigned NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`popularity` int unsigned NOT NULL DEFAULT 0,
	`vector` longblob NOT NULL,
	CONSTRAINT `rec_item_vectors_model_id_course_id_pk` PRIMARY KEY(`model_id`,`course_id`)
);
--> statement-breakpoint
CREATE TABLE `rec_user_vectors` (
	`model_id` int unsigned NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`vector` longblob NOT NULL,
	CONSTRAINT `rec_user_vectors_model_id_user_id_pk` PRIMARY KEY(`model_id`,`user_id`)
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`actor_user_id` varchar(22),
	`actor_ip` varchar(45),
	`action` varchar(64) NOT NULL,
	`target_type` varchar(32) NOT NULL,
	`target_id` varchar(255) NOT NULL,
	`before_json` json,
	`after_json` json,
	`reason` varchar(1000),
	CONSTRAINT `audit_log_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `platform_settings` (
	`key` varchar(64) NOT NULL,
	`value` json NOT NULL,
	`updated_by` varchar(22),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `platform_settings_key` PRIMARY KEY(`key`)
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` varchar(22) NOT NULL,
	`reporter_id` varchar(22) NOT NULL,
	`target_type` enum('course','review','comment','user') NOT NULL,
	`target_id` varchar(22) NOT NULL,
	`reason` varchar(40) NOT NULL,
	`details` varchar(1000),
	`status` enum('open','dismissed','actioned') NOT NULL DEFAULT 'open',
	`resolved_by` varchar(22),
	`resolved_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `reports_id` PRIMARY KEY(`id`),
	CONSTRAINT `reports_reporter_target_uq` UNIQUE(`reporter_id`,`target_type`,`target_id`)
);
--> statement-breakpoint
CREATE TABLE `auth_tokens` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`purpose` enum('verify_email','reset_password','change_email','data_export') NOT NULL,
	`token_hash` char(64) NOT NULL,
	`new_email` varchar(254),
	`expires_at` datetime(3) NOT NULL,
	`used_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `auth_tokens_id` PRIMARY KEY(`id`),
	CONSTRAINT `auth_tokens_hash_uq` UNIQUE(`token_hash`)
);
--> statement-breakpoint
CREATE TABLE `creator_profiles` (
	`user_id` varchar(22) NOT NULL,
	`slug` varchar(80) NOT NULL,
	`display_name` varchar(80) NOT NULL,
	`headline` varchar(160),
	`bio` text,
	`avatar_url` varchar(512),
	`payout_country` char(2) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `creator_profiles_user_id` PRIMARY KEY(`user_id`),
	CONSTRAINT `creator_profiles_slug_uq` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`to_address` varchar(254) NOT NULL,
	`subject` varchar(255) NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text,
	`template` varchar(64) NOT NULL,
	`sent_at` datetime(3),
	`error` varchar(255),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `mail_outbox_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`code_hash` char(64) NOT NULL,
	`used_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `recovery_codes_id` PRIMARY KEY(`id`),
	CONSTRAINT `recovery_codes_uq` UNIQUE(`user_id`,`code_hash`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` varchar(22) NOT NULL,
	`email` varchar(254) NOT NULL,
	`email_verified_at` datetime(3),
	`name` varchar(80) NOT NULL,
	`image` varchar(512),
	`password_hash` varchar(255),
	`role` enum('learner','creator','admin') NOT NULL DEFAULT 'learner',
	`status` enum('active','suspended','deleted') NOT NULL DEFAULT 'active',
	`locale` varchar(8) NOT NULL DEFAULT 'en',
	`session_version` int NOT NULL DEFAULT 1,
	`totp_secret` varchar(255),
	`totp_enabled_at` datetime(3),
	`failed_login_count` smallint NOT NULL DEFAULT 0,
	`lockout_level` smallint NOT NULL DEFAULT 0,
	`locked_until` datetime(3),
	`last_login_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`deleted_at` datetime(3),
	CONSTRAINT `users_id` PRIMARY KEY(`id`),
	CONSTRAINT `users_email_uq` UNIQUE(`email`)
);
--> statement-breakpoint
ALTER TABLE `accounts` ADD CONSTRAINT `accounts_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `course_search_terms` ADD CONSTRAINT `course_search_terms_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `course_sections` ADD CONSTRAINT `course_sections_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `course_tags` ADD CONSTRAINT `course_tags_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `course_tags` ADD CONSTRAINT `course_tags_tag_id_tags_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `courses` ADD CONSTRAINT `courses_creator_id_users_id_fk` FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `courses` ADD CONSTRAINT `courses_category_id_categories_id_fk` FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lessons` ADD CONSTRAINT `lessons_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lessons` ADD CONSTRAINT `lessons_section_id_course_sections_id_fk` FOREIGN KEY (`section_id`) REFERENCES `course_sections`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lessons` ADD CONSTRAINT `lessons_media_id_media_assets_id_fk` FOREIGN KEY (`media_id`) REFERENCES `media_assets`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `media_assets` ADD CONSTRAINT `media_assets_owner_id_users_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `coupon_redemptions` ADD CONSTRAINT `coupon_redemptions_coupon_id_coupons_id_fk` FOREIGN KEY (`coupon_id`) REFERENCES `coupons`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `coupon_redemptions` ADD CONSTRAINT `coupon_redemptions_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `coupon_redemptions` ADD CONSTRAINT `coupon_redemptions_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `coupons` ADD CONSTRAINT `coupons_creator_id_users_id_fk` FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `coupons` ADD CONSTRAINT `coupons_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `earnings_ledger` ADD CONSTRAINT `earnings_ledger_creator_id_users_id_fk` FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `earnings_ledger` ADD CONSTRAINT `earnings_ledger_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `orders` ADD CONSTRAINT `orders_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `orders` ADD CONSTRAINT `orders_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `orders` ADD CONSTRAINT `orders_creator_id_users_id_fk` FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `orders` ADD CONSTRAINT `orders_coupon_id_coupons_id_fk` FOREIGN KEY (`coupon_id`) REFERENCES `coupons`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_requested_by_users_id_fk` FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_decided_by_users_id_fk` FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `enrollments` ADD CONSTRAINT `enrollments_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `enrollments` ADD CONSTRAINT `enrollments_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lesson_comments` ADD CONSTRAINT `lesson_comments_lesson_id_lessons_id_fk` FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lesson_comments` ADD CONSTRAINT `lesson_comments_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lesson_comments` ADD CONSTRAINT `lesson_comments_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lesson_progress` ADD CONSTRAINT `lesson_progress_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lesson_progress` ADD CONSTRAINT `lesson_progress_lesson_id_lessons_id_fk` FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `lesson_progress` ADD CONSTRAINT `lesson_progress_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reviews` ADD CONSTRAINT `reviews_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reviews` ADD CONSTRAINT `reviews_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `wishlist_items` ADD CONSTRAINT `wishlist_items_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `wishlist_items` ADD CONSTRAINT `wishlist_items_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reports` ADD CONSTRAINT `reports_reporter_id_users_id_fk` FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reports` ADD CONSTRAINT `reports_resolved_by_users_id_fk` FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `auth_tokens` ADD CONSTRAINT `auth_tokens_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD CONSTRAINT `creator_profiles_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `recovery_codes` ADD CONSTRAINT `recovery_codes_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `accounts_user_idx` ON `accounts` (`user_id`);--> statement-breakpoint
CREATE INDEX `search_terms_course_idx` ON `course_search_terms` (`course_id`);--> statement-breakpoint
CREATE INDEX `sections_course_idx` ON `course_sections` (`course_id`,`position`);--> statement-breakpoint
CREATE INDEX `course_tags_tag_idx` ON `course_tags` (`tag_id`);--> statement-breakpoint
CREATE INDEX `courses_creator_idx` ON `courses` (`creator_id`);--> statement-breakpoint
CREATE INDEX `courses_status_category_idx` ON `courses` (`status`,`category_id`);--> statement-breakpoint
CREATE INDEX `courses_status_published_idx` ON `courses` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `lessons_course_idx` ON `lessons` (`course_id`,`position`);--> statement-breakpoint
CREATE INDEX `lessons_section_idx` ON `lessons` (`section_id`,`position`);--> statement-breakpoint
CREATE INDEX `media_owner_idx` ON `media_assets` (`owner_id`);--> statement-breakpoint
CREATE INDEX `coupon_redemptions_user_idx` ON `coupon_redemptions` (`coupon_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `coupons_creator_idx` ON `coupons` (`creator_id`);--> statement-breakpoint
CREATE INDEX `ledger_creator_idx` ON `earnings_ledger` (`creator_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_user_idx` ON `orders` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_course_idx` ON `orders` (`course_id`,`status`);--> statement-breakpoint
CREATE INDEX `orders_creator_idx` ON `orders` (`creator_id`,`status`,`paid_at`);--> statement-breakpoint
CREATE INDEX `orders_status_idx` ON `orders` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `payment_events_order_idx` ON `payment_events` (`order_id`);--> statement-breakpoint
CREATE INDEX `refunds_status_idx` ON `refunds` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `events_user_idx` ON `behaviour_events` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `events_course_idx` ON `behaviour_events` (`course_id`,`type`,`created_at`);--> statement-breakpoint
CREATE INDEX `events_created_idx` ON `behaviour_events` (`created_at`);--> statement-breakpoint
CREATE INDEX `enrollments_course_idx` ON `enrollments` (`course_id`,`status`);--> statement-breakpoint
CREATE INDEX `comments_lesson_idx` ON `lesson_comments` (`lesson_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_course_idx` ON `lesson_comments` (`course_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_parent_idx` ON `lesson_comments` (`parent_id`);--> statement-breakpoint
CREATE INDEX `progress_user_course_idx` ON `lesson_progress` (`user_id`,`course_id`);--> statement-breakpoint
CREATE INDEX `reviews_course_idx` ON `reviews` (`course_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `ml_models_kind_status_idx` ON `ml_models` (`kind`,`status`);--> statement-breakpoint
CREATE INDEX `audit_target_idx` ON `audit_log` (`target_type`,`target_id`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_status_idx` ON `reports` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_target_idx` ON `reports` (`target_type`,`target_id`);--> statement-breakpoint
CREATE INDEX `auth_tokens_user_idx` ON `auth_tokens` (`user_id`,`purpose`);--> statement-breakpoint
CREATE INDEX `mail_outbox_to_idx` ON `mail_outbox` (`to_address`,`created_at`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);