from django import template

from home.visibility import can_enter_partner_space

register = template.Library()


@register.filter
def enters_partner_space(user):
    return can_enter_partner_space(user)
