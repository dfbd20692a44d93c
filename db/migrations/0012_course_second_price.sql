ALTER TABLE `courses` ADD `alt_price_minor` int unsigned;--> statement-breakpoint
ALTER TABLE `courses` ADD `alt_currency` char(3);