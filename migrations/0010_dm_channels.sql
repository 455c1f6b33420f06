CREATE TABLE `dm_channels` (
	`slack_user_id` text PRIMARY KEY NOT NULL,
	`channel_id` text NOT NULL,
	`updated_at` integer NOT NULL
);
