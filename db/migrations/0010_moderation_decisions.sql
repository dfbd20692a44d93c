CREATE TABLE `moderation_decisions` (
	`id` varchar(22) NOT NULL,
	`target_type` enum('course','review','comment','user') NOT NULL,
	`target_id` varchar(22) NOT NULL,
	`author_id` varchar(22) NOT NULL,
	`action` enum('hide','remove','warn','suspend') NOT NULL,
	`reason` varchar(40) NOT NULL,
	`note` varchar(1000),
	`previous_status` varchar(32),
	`decided_by` varchar(22) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`appeal_text` varchar(2000),
	`appealed_at` datetime(3),
	`appeal_outcome` enum('upheld','reversed'),
	`appeal_note` varchar(1000),
	`appeal_decided_by` varchar(22),
	`appeal_decided_at` datetime(3),
	CONSTRAINT `moderation_decisions_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `moderation_decisions` ADD CONSTRAINT `moderation_decisions_author_id_users_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `moderation_decisions` ADD CONSTRAINT `moderation_decisions_decided_by_users_id_fk` FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `moderation_decisions` ADD CONSTRAINT `moderation_decisions_appeal_decided_by_users_id_fk` FOREIGN KEY (`appeal_decided_by`) REFERENCES `users`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `moderation_decisions_author_idx` ON `moderation_decisions` (`author_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `moderation_decisions_target_idx` ON `moderation_decisions` (`target_type`,`target_id`);--> statement-breakpoint
CREATE INDEX `moderation_decisions_appeal_idx` ON `moderation_decisions` (`appeal_outcome`,`appealed_at`);