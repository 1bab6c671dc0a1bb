"""Triage: evidence collectors shared by an offline decider and an LLM agent."""
