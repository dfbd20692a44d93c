ALTER TABLE `courses` ADD `moderation_reason` varchar(32);--> statement-breakpoint
ALTER TABLE `courses` ADD `approved_snapshot` json;