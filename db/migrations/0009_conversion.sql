CREATE TABLE `checkout_contexts` (
	`order_id` varchar(22) NOT NULL,
	`device` enum('desktop','mobile','unknown') NOT NULL,
	`locale` varchar(8) NOT NULL,
	`first_purchase` boolean NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `checkout_contexts_order_id` PRIMARY KEY(`order_id`)
);
--> statement-breakpoint
CREATE TABLE `checkout_mail_opt_outs` (
	`user_id` varchar(22) NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `checkout_mail_opt_outs_user_id` PRIMARY KEY(`user_id`)
);
--> statement-breakpoint
CREATE TABLE `checkout_recovery_mails` (
	`order_id` varchar(22) NOT NULL,
	`user_id` varchar(22) NOT NULL,
	`sent_by` varchar(22),
	`mail_id` bigint unsigned,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `checkout_recovery_mails_order_id` PRIMARY KEY(`order_id`)
);
--> statement-breakpoint
ALTER TABLE `checkout_contexts` ADD CONSTRAINT `checkout_contexts_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `checkout_mail_opt_outs` ADD CONSTRAINT `checkout_mail_opt_outs_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `checkout_recovery_mails` ADD CONSTRAINT `checkout_recovery_mails_order_id_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `checkout_recovery_mails` ADD CONSTRAINT `checkout_recovery_mails_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `checkout_recovery_mails` ADD CONSTRAINT `checkout_recovery_mails_sent_by_users_id_fk` FOREIGN KEY (`sent_by`) REFERENCES `users`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `checkout_recovery_mails_user_idx` ON `checkout_recovery_mails` (`user_id`);