"""CICTE Desktop: plan, log and report the capacity-building work of the CICTE Secretariat."""

__version__ = "0.1.0"

ORGANIZATION_NAME = "OAS"
APPLICATION_NAME = "CICTE Desktop"
