ALTER TABLE `mail_outbox` MODIFY COLUMN `subject` varchar(255);--> statement-breakpoint
ALTER TABLE `mail_outbox` MODIFY COLUMN `text_body` text;--> statement-breakpoint
CREATE INDEX `mail_outbox_created_idx` ON `mail_outbox` (`created_at`);