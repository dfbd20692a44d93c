CREATE TABLE `course_slug_redirects` (
	`slug` varchar(120) NOT NULL,
	`course_id` varchar(22) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `course_slug_redirects_slug` PRIMARY KEY(`slug`)
);
--> statement-breakpoint
ALTER TABLE `courses` ADD `requirements` text;--> statement-breakpoint
ALTER TABLE `courses` ADD `curriculum_version` int unsigned DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `course_slug_redirects` ADD CONSTRAINT `course_slug_redirects_course_id_courses_id_fk` FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `slug_redirects_course_idx` ON `course_slug_redirects` (`course_id`);