CREATE TABLE `home_chart_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`cycle_id` integer NOT NULL,
	`chart_id` text NOT NULL,
	`file_id` text NOT NULL,
	`uploaded_at` integer NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `home_chart_files_cycle_chart` ON `home_chart_files` (`coalition_id`,`cycle_id`,`chart_id`);