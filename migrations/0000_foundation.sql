CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer,
	`actor_user_id` text NOT NULL,
	`action` text NOT NULL,
	`subject` text,
	`before` text,
	`after` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_coalition_at` ON `audit_log` (`coalition_id`,`at`);--> statement-breakpoint
CREATE TABLE `coalitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`name` text NOT NULL,
	`timezone` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coalitions_team_channel` ON `coalitions` (`team_id`,`channel_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`name` text NOT NULL,
	`sector` text,
	`what_they_bring` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_coalition_name` ON `organisations` (`coalition_id`,`name`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`slack_user_id` text NOT NULL,
	`home_team_id` text NOT NULL,
	`display_name` text NOT NULL,
	`tz` text NOT NULL,
	`organisation_id` integer,
	`sector` text,
	`what_they_bring` text,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`joined_at` integer NOT NULL,
	`left_at` integer,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_coalition_user` ON `people` (`coalition_id`,`slack_user_id`);--> statement-breakpoint
CREATE INDEX `people_user` ON `people` (`team_id`,`slack_user_id`);--> statement-breakpoint
CREATE TABLE `processed_events` (
	`event_id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`received_at` integer NOT NULL
);
