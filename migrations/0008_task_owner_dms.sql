CREATE TABLE `task_owner_dms` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`channel_id` text NOT NULL,
	`ts` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
