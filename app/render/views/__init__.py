"""The analysis views as pages: the opportunity matrix, the action plan, the touchpoint
inventory, the comparison of journeys and the journey's statistics, laid out for every writer."""
