CREATE TABLE `published_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`value` text NOT NULL,
	`added_by` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `published_contacts_coalition_value` ON `published_contacts` (`coalition_id`,`value`);