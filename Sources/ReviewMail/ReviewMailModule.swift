/// Placeholder until the message builder lands.
enum ReviewMailModule {}
