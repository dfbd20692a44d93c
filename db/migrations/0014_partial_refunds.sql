ALTER TABLE `earnings_ledger` ADD `ref` varchar(255) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `refunded_minor` int unsigned DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `earnings_ledger` ADD CONSTRAINT `ledger_order_kind_ref_uq` UNIQUE(`order_id`,`kind`,`ref`);