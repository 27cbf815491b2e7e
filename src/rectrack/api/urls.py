# Placeholder until the API lands: the NinjaAPI instance's urls are mounted at /api/.
urlpatterns: list = []
