CREATE TABLE `task_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`task_id` integer NOT NULL,
	`actor_user_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`note` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `task_events_task` ON `task_events` (`task_id`,`at`);--> statement-breakpoint
CREATE TABLE `task_reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`person_id` integer NOT NULL,
	`local_date` text NOT NULL,
	`status` text NOT NULL,
	`task_ids` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_reminders_person_date` ON `task_reminders` (`person_id`,`local_date`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`coalition_id` integer NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`owner_person_id` integer NOT NULL,
	`organisation_id` integer,
	`due_date` text,
	`notes` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`closed_at` integer,
	`last_reminded_on` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_coalition_number` ON `tasks` (`coalition_id`,`number`);--> statement-breakpoint
CREATE INDEX `tasks_owner_status` ON `tasks` (`owner_person_id`,`status`);