CREATE TABLE `checkin_plans` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`cycle_date` text,
	`prompt_at` integer,
	`close_at` integer,
	`last_cycle_date` text,
	`plan_from` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `checkin_plans_due` ON `checkin_plans` (`prompt_at`);--> statement-breakpoint
CREATE INDEX `checkin_plans_coalition_cycle` ON `checkin_plans` (`coalition_id`,`cycle_date`);