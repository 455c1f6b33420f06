CREATE TABLE `blocker_offers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`blocker_id` integer NOT NULL,
	`helper_user_id` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`blocker_id`) REFERENCES `blockers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `blocker_offers_blocker_helper` ON `blocker_offers` (`blocker_id`,`helper_user_id`);--> statement-breakpoint
CREATE TABLE `blockers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`response_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `blockers_response_id_unique` ON `blockers` (`response_id`);--> statement-breakpoint
CREATE INDEX `blockers_coalition` ON `blockers` (`coalition_id`);--> statement-breakpoint
CREATE TABLE `celebration_reactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`celebration_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`reaction` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`celebration_id`) REFERENCES `celebrations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `celebration_reactions_unique` ON `celebration_reactions` (`celebration_id`,`user_id`,`reaction`);--> statement-breakpoint
CREATE TABLE `celebrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`kind` text NOT NULL,
	`subject_key` text NOT NULL,
	`recipient_person_id` integer,
	`from_user_id` text,
	`channel_id` text NOT NULL,
	`ts` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `celebrations_kind_subject` ON `celebrations` (`kind`,`subject_key`);--> statement-breakpoint
CREATE INDEX `celebrations_message` ON `celebrations` (`channel_id`,`ts`);--> statement-breakpoint
CREATE TABLE `digest_replies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`digest_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`ts` text,
	FOREIGN KEY (`digest_id`) REFERENCES `digests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digest_replies_digest_person` ON `digest_replies` (`digest_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `digests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`cycle_id` integer NOT NULL,
	`channel_id` text NOT NULL,
	`ts` text,
	`posted_at` integer NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digests_cycle_id_unique` ON `digests` (`cycle_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `goals_coalition_number` ON `goals` (`coalition_id`,`number`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`target` integer DEFAULT 1 NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`reached_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `milestones_coalition_number` ON `milestones` (`coalition_id`,`number`);--> statement-breakpoint
ALTER TABLE `coalitions` ADD `name_overdue_owners` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `coalitions` ADD `missing_sectors_noted_at` integer;--> statement-breakpoint
ALTER TABLE `responses` ADD `share_win` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD `milestone_id` integer;