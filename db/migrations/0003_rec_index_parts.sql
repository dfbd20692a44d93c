CREATE TABLE `rec_index_parts` (
	`model_id` int unsigned NOT NULL,
	`part` smallint unsigned NOT NULL,
	`bytes` longblob NOT NULL,
	CONSTRAINT `rec_index_parts_model_id_part_pk` PRIMARY KEY(`model_id`,`part`)
);
