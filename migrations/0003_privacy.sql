CREATE TABLE `privacy_findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer,
	`user_id` text NOT NULL,
	`surface` text NOT NULL,
	`kinds` text NOT NULL,
	`finding_count` integer NOT NULL,
	`decision` text NOT NULL,
	`reason` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `privacy_findings_coalition_at` ON `privacy_findings` (`coalition_id`,`at`);--> statement-breakpoint
ALTER TABLE `coalitions` ADD `channel_watch` integer DEFAULT true NOT NULL;