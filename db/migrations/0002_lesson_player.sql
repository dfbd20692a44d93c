ALTER TABLE `lessons` ADD `captions_vtt` text;--> statement-breakpoint
ALTER TABLE `lesson_progress` ADD `watched_sec` int unsigned DEFAULT 0 NOT NULL;