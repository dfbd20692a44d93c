CREATE TABLE `order_events` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`order_id` varchar(22) NOT NULL,
	`type` enum('created','checkout_opened','awaiting_payment','paid','access_granted','payment_failed','expired','refund_requested','refund_declined','refund_approved','refunded','partially_refunded','access_revoked','disputed','dispute_won','dispute_lost') NOT NULL,
	`source` varchar(255) NOT NULL,
	`detail` varchar(255),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `order_events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `earnings_ledger` MODIFY COLUMN `kind` enum('sale','platform_fee','refund','refund_fee','dispute','dispute_fee','dispute_won','dispute_won_fee','payout') NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` MODIFY COLUMN `status` enum('pending','awaiting_payment','paid','failed','expired','refunded','partially_refunded','disputed') NOT NULL DEFAULT 'pending';--> statement-breakpoint
ALTER TABLE `behaviour_events` MODIFY COLUMN `type` enum('view','preview','wishlist','checkout_start','checkout_complete','checkout_expire','checkout_fail','checkout_abandon','enroll','lesson_complete','course_complete','rate','search','page_view','lesson_start','progress') NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `open_key` varchar(45);--> statement-breakpoint
ALTER TABLE `orders` ADD `failure_reason` varchar(255);--> statement-breakpoint
ALTER TABLE `orders` ADD `charge_id` varchar(255);--> statement-breakpoint
ALTER TABLE `refunds` ADD `decision_reason` varchar(1000);--> statement-breakpoint
ALTER TABLE `behaviour_events` ADD `detail` varchar(40);--> statement-breakpoint
ALTER TABLE `orders` ADD CONSTRAINT `orders_open_key_uq` UNIQUE(`open_key`);--> statement-breakpoint
ALTER TABLE `order_events` ADD CONSTRAINT `order_events_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `order_events_order_idx` ON `order_events` (`order_id`,`id`);--> statement-breakpoint
CREATE INDEX `orders_charge_idx` ON `orders` (`charge_id`);