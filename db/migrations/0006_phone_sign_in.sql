CREATE TABLE `sms_codes` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`phone` varchar(16) NOT NULL,
	`purpose` enum('sign_in','sign_up','link','change') NOT NULL,
	`code_hash` char(64) NOT NULL,
	`user_id` varchar(22),
	`attempts` tinyint NOT NULL DEFAULT 0,
	`expires_at` datetime(3) NOT NULL,
	`used_at` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `sms_codes_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `sms_outbox` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`to_phone` varchar(16) NOT NULL,
	`template` varchar(64) NOT NULL,
	`body` varchar(500),
	`provider` varchar(16) NOT NULL,
	`sent_at` datetime(3),
	`error` varchar(255),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `sms_outbox_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `users` MODIFY COLUMN `email` varchar(254);--> statement-breakpoint
ALTER TABLE `users` ADD `phone` varchar(16);--> statement-breakpoint
ALTER TABLE `users` ADD CONSTRAINT `users_phone_uq` UNIQUE(`phone`);--> statement-breakpoint
CREATE INDEX `sms_codes_phone_idx` ON `sms_codes` (`phone`,`purpose`,`used_at`);--> statement-breakpoint
CREATE INDEX `sms_outbox_to_idx` ON `sms_outbox` (`to_phone`,`created_at`);